import { Body, Controller, Get, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NeedsRole, SessionGuard } from '../session/session.guard';
import { AddPersonBody, ChangePersonBody, PersonIdParams, PersonView } from './people.dto';
import { PeopleService } from './people.service';

@ApiTags('people')
@UseGuards(SessionGuard)
@NeedsRole('admin')
@Controller('api/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOperation({ operationId: 'listPeople', summary: 'Everyone who may sign in, with their roles' })
  @ApiOkResponse({ type: [PersonView] })
  list(): Promise<PersonView[]> {
    return this.people.list();
  }

  @Post()
  @ApiOperation({ operationId: 'addPerson', summary: 'Add a person with a role and an initial password' })
  @ApiOkResponse({ type: PersonView })
  add(@Body() body: AddPersonBody): Promise<PersonView> {
    return this.people.add(body);
  }

  @Patch(':personId')
  @ApiOperation({ operationId: 'changePerson', summary: 'Change a person’s role, or disable them' })
  @ApiOkResponse({ type: PersonView })
  change(@Param() params: PersonIdParams, @Body() body: ChangePersonBody): Promise<PersonView> {
    return this.people.change(params.personId, body);
  }
}
