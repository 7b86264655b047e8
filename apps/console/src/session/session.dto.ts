import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PersonView } from '../people/people.dto';

export class SignInBody {
  @ApiProperty({ example: 'reviewer@example.com' })
  @IsString()
  @MinLength(3)
  @MaxLength(128)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class SessionView {
  @ApiProperty({ type: PersonView }) person!: PersonView;
  @ApiProperty({ description: 'Send it back in the x-csrf-token header on every write.' }) csrfToken!: string;
}
