import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Inserts the entities in one statement, skipping those that conflict with a stored row (a redelivery of work
 * done before), and returns the `returning` columns of the rows it did insert: a caller tells the new rows
 * from the old by them.
 */
export async function insertNew<TEntity extends ObjectLiteral, TRow>(
  manager: EntityManager,
  target: EntityTarget<TEntity>,
  entities: readonly TEntity[],
  returning: readonly (keyof TRow & string)[],
): Promise<TRow[]> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(entities as unknown as QueryDeepPartialEntity<TEntity>[])
    .orIgnore()
    .updateEntity(false)
    .returning(returning.join(', '))
    .execute();
  return result.raw as TRow[];
}
