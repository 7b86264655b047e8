import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Post,
  Req,
  Res,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { ConsoleConfig } from '../console.config';
import { CONSOLE_CONFIG } from '../console.tokens';
import { personView, PeopleService } from '../people/people.service';
import { SESSION_COOKIE, sessionTokenOf } from './session-cookie';
import { SignInBody, SessionView } from './session.dto';
import { CurrentPerson, NeedsRole, SessionGuard } from './session.guard';
import { SessionStore } from './session.store';
import type { SignedInPerson } from './signed-in-person';

@ApiTags('session')
@Controller('api/session')
export class SessionController {
  constructor(
    private readonly people: PeopleService,
    private readonly sessions: SessionStore,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'signIn', summary: 'Sign in: sets the httpOnly session cookie' })
  @ApiOkResponse({ type: SessionView })
  async signIn(
    @Body() body: SignInBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    const person = await this.people.authenticate(body.email, body.password);
    if (!person) throw new UnauthorizedException('Wrong e-mail or password');
    const session = await this.sessions.open(person);
    response.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      expires: session.expiresAt,
    });
    return { person: personView(person), csrfToken: session.csrfToken };
  }

  @Get()
  @UseGuards(SessionGuard)
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'currentSession',
    summary: 'Who is signed in, and the CSRF token of the session',
  })
  @ApiOkResponse({ type: SessionView })
  current(@CurrentPerson() person: SignedInPerson): SessionView {
    return {
      person: {
        personId: person.personId,
        email: person.email,
        displayName: person.displayName,
        role: person.role,
        active: true,
      },
      csrfToken: person.csrfToken,
    };
  }

  @Delete()
  @HttpCode(204)
  @UseGuards(SessionGuard)
  @NeedsRole('viewer')
  @ApiOperation({ operationId: 'signOut', summary: 'Sign out: ends the session and clears the cookie' })
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionTokenOf(request);
    if (token) await this.sessions.close(token);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
