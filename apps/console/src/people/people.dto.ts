import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PERSON_ROLES, PersonRole } from '../console.config';

export class PersonView {
  @ApiProperty() personId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: PERSON_ROLES }) role!: PersonRole;
  @ApiProperty() active!: boolean;
}

export class AddPersonBody {
  @ApiProperty({ example: 'rita@example.com', description: 'The sign-in name; the audit records it.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(128)
  email!: string;

  @ApiProperty({ example: 'Rita Reviewer' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  displayName!: string;

  @ApiProperty({ enum: PERSON_ROLES })
  @IsIn(PERSON_ROLES)
  role!: PersonRole;

  @ApiProperty({ minLength: 12, description: 'At least 12 characters; stored as a scrypt hash.' })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(256)
  password!: string;
}

export class ChangePersonBody {
  @ApiPropertyOptional({ enum: PERSON_ROLES })
  @IsOptional()
  @IsIn(PERSON_ROLES)
  role?: PersonRole;

  @ApiPropertyOptional({ description: 'false: the person can no longer sign in; their sessions end.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class PersonIdParams {
  @ApiProperty()
  @IsUUID()
  personId!: string;
}
