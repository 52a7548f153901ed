import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { ScrollArea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CLIENT_STATUSES, canTransitionClient } from '@clientflow/domain';
import {
  PipelineMoveClientDocument,
  type ClientFilter,
  type ClientRowFragment,
  type ClientStatus,
} from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { humanizeEnum, type WorkspaceFormat } from '../../../shared/lib/format';
import { useCan } from '../../session/hooks/use-viewer';
import { PipelineColumn, type PendingMove } from './pipeline-column';

/** With a pointer, only the column under it counts (a refusing column must not hand the drop to its neighbour). */
const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

interface ClientPipelineProps {
  filter: ClientFilter;
  withFinancials: boolean;
  onOpen: (id: string) => void;
  format: WorkspaceFormat;
}

/** Kanban by status: drag (or "Move to…") a card to change its status; only the status machine's moves are accepted. */
export function ClientPipeline({ filter, withFinancials, onOpen, format }: ClientPipelineProps) {
  const canEdit = useCan('client.edit');
  const [dragFrom, setDragFrom] = useState<ClientStatus | null>(null);
  const [moves, setMoves] = useState<PendingMove[]>([]);
  const [changeStatus] = useMutation(PipelineMoveClientDocument, { context: { handledErrorCodes: ['*'] } });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );
  const columns = filter.status?.length ? CLIENT_STATUSES.filter((s) => filter.status!.includes(s)) : CLIENT_STATUSES;

  const move = async (client: ClientRowFragment, to: ClientStatus) => {
    const from = client.status;
    if (from === to) return;
    if (!canTransitionClient(from, to)) {
      notifications.show({
        color: 'yellow',
        message: `A client cannot move from ${humanizeEnum(from)} to ${humanizeEnum(to)}.`,
      });
      return;
    }
    // Optimistic: the card shows in its new column at once and goes back if the server refuses.
    setMoves((prev) => [...prev.filter((m) => m.client.id !== client.id), { client, from, to }]);
    try {
      await changeStatus({
        variables: { id: client.id, status: to },
        refetchQueries: ['PipelineColumn'],
        awaitRefetchQueries: true,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `Could not move ${client.name}`,
        message: apiErrorInfo(error).message,
      });
    } finally {
      setMoves((prev) => prev.filter((m) => m.client.id !== client.id));
    }
  };

  const onDragStart = (event: DragStartEvent) =>
    setDragFrom((event.active.data.current?.client as ClientRowFragment).status);
  const onDragEnd = (event: DragEndEvent) => {
    setDragFrom(null);
    const client = event.active.data.current?.client as ClientRowFragment | undefined;
    if (client && event.over) void move(client, event.over.id as ClientStatus);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragFrom(null)}
    >
      <ScrollArea type="auto" offsetScrollbars>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: `repeat(${columns.length}, minmax(260px, 1fr))`,
            gap: 12,
            padding: 12,
          }}
        >
          {columns.map((status) => (
            <PipelineColumn
              key={status}
              status={status}
              filter={filter}
              withFinancials={withFinancials}
              canEdit={canEdit}
              dragFrom={dragFrom}
              moves={moves}
              onMove={(client, to) => void move(client, to)}
              onOpen={onOpen}
              format={format}
            />
          ))}
        </div>
      </ScrollArea>
    </DndContext>
  );
}
