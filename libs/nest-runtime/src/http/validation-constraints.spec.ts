import { ApiProperty } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { documentValidationConstraints, openApiConstraints } from './validation-constraints';

const SWAGGER_PROPERTY_METADATA = 'swagger/apiModelProperties';

class ExampleBody {
  @ApiProperty({ description: 'documented by hand' })
  @Matches(/^[a-z]+$/)
  slug!: string;

  @ApiProperty({ maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(10)
  count!: number;

  @IsIn(['a', 'b'])
  choice!: string;

  @IsOptional()
  @IsString()
  @Length(1, 20)
  note?: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  reason!: string;

  @ApiProperty()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ description: 'null or a positive number' })
  @ValidateIf((body: ExampleBody) => body.cap !== null)
  @Min(1)
  cap!: number | null;
}

function documented(property: keyof ExampleBody): Record<string, unknown> {
  return Reflect.getMetadata(SWAGGER_PROPERTY_METADATA, ExampleBody.prototype, property);
}

describe('documentValidationConstraints', () => {
  beforeAll(() => documentValidationConstraints());

  it('copies what the validators enforce into the documented properties', () => {
    expect(documented('slug')).toMatchObject({ pattern: '^[a-z]+$', description: 'documented by hand' });
    expect(documented('reason')).toMatchObject({ minLength: 1 });
    expect(documented('id')).toMatchObject({ format: 'uuid' });
  });

  it('keeps what @ApiProperty says over what it derives, and marks integers', () => {
    expect(documented('count')).toMatchObject({ minimum: 1, maximum: 5, type: 'integer' });
  });

  it('documents a validated property that has no @ApiProperty, optional ones as optional and nullable', () => {
    expect(documented('choice')).toMatchObject({ enum: ['a', 'b'], required: true });
    expect(documented('note')).toMatchObject({
      minLength: 1,
      maxLength: 20,
      required: false,
      nullable: true,
    });
  });

  it('leaves a conditionally validated property as documented by hand', () => {
    expect(documented('cap')).toEqual({ description: 'null or a positive number', type: expect.anything() });
  });
});

describe('openApiConstraints', () => {
  it('has no keyword for validators applied to each element or for custom rules', () => {
    expect(
      openApiConstraints({
        type: 'customValidation',
        name: 'maxLength',
        propertyName: 'x',
        constraints: [5],
        each: true,
      }),
    ).toBeNull();
    expect(
      openApiConstraints({ type: 'customValidation', name: 'isStrongPassword', propertyName: 'x' }),
    ).toBeNull();
  });
});
