// The one shape of every ordering argument, as in GitHub's API: `orderBy: { field: TITLE, direction:
// DESC }`, with a `<List>OrderField` enum per list and one shared `OrderDirection`. The ID is always
// the last sort key, so every order is total and cursor paging never skips or repeats a row.
import { builder } from '../builder.js';

export type Direction = 'asc' | 'desc';

/** The description of every `orderBy` argument. */
export const ORDER_BY_DESCRIPTION = "Order as `{ field, direction }`; omitted: the list's default order, as described on the list.";

const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Ascending or descending.',
  values: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  } as const,
});

interface OrderField<OrderBy> {
  description: string;
  /** The Prisma order for this field; nullable columns say where nulls go. */
  orderBy: (direction: Direction) => OrderBy;
}

/**
 * Declares `<name>` (the input) and `<name>Field` (the enum) for one list, and returns the argument
 * and the translation into Prisma's orderBy (the list's default order when no argument is given).
 */
export function defineOrdering<Field extends string, OrderBy extends object>(
  name: string,
  listDescription: string,
  fields: Record<Field, OrderField<OrderBy>>,
) {
  const FieldEnum = builder.enumType(`${name}Field`, {
    description: `What ${listDescription} can be ordered by.`,
    values: Object.fromEntries(Object.entries<OrderField<OrderBy>>(fields).map(([key, field]) => [key, { description: field.description }])) as Record<
      Field,
      { description: string }
    >,
  });
  const Input = builder.inputType(name, {
    description: `How to order ${listDescription}; the ID breaks ties.`,
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true, description: 'What to order by.' }),
      direction: t.field({ type: OrderDirectionEnum, required: false, defaultValue: 'ASC', description: 'ASC (default) or DESC.' }),
    }),
  });
  return {
    Input,
    orderBy(order: { field: Field; direction?: 'ASC' | 'DESC' | null } | null | undefined, fallback: Array<OrderBy | { id: Direction }>) {
      if (!order) return fallback;
      const direction: Direction = order.direction === 'DESC' ? 'desc' : 'asc';
      return [fields[order.field].orderBy(direction), { id: direction }];
    },
  };
}
