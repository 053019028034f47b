import { Paper, Table, Text } from '@mantine/core';
import { Fragment, type ReactNode, type Ref } from 'react';
import { ScrollRegion } from './scroll-region.tsx';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The column that names the row becomes its row header (<th scope="row">). */
  isRowHeader?: boolean;
}

interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  emptyText: string;
  /** Content shown in a full-width row under a row, e.g. an expanded detail. */
  renderDetail?: (row: T) => ReactNode;
  /** Makes the caption focusable, so focus can move to the table after an action added a row. */
  captionRef?: Ref<HTMLTableCaptionElement>;
}

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  emptyText,
  renderDetail,
  captionRef,
}: DataTableProps<T>) {
  return (
    <Paper withBorder radius="md" className="table-frame">
      <ScrollRegion label={caption} minWidth={640}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover captionSide="top">
          <Table.Caption className="table-caption" ref={captionRef} tabIndex={captionRef ? -1 : undefined}>
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.key} scope="col">
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed" py="sm">
                    {emptyText}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((row) => {
              const detail = renderDetail?.(row);
              return (
                <Fragment key={rowKey(row)}>
                  <Table.Tr>
                    {columns.map((column) =>
                      column.isRowHeader ? (
                        <Table.Th key={column.key} scope="row" fw={600}>
                          {column.render(row)}
                        </Table.Th>
                      ) : (
                        <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                      ),
                    )}
                  </Table.Tr>
                  {detail && (
                    <Table.Tr className="detail-row">
                      <Table.Td colSpan={columns.length}>{detail}</Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Paper>
  );
}
