import type { EntityManager } from 'typeorm';
import type { TicketPriority, TicketStatus } from '@clientflow/domain';
import { Client } from '../clients/client.entity';
import { Contact } from '../clients/contact.entity';
import { Notification } from '../notifications/notification.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { Ticket, TicketMessage } from './ticket.entity';

const HOUR = 3600 * 1000;

interface DemoMessage {
  from: 'contact' | 'staff' | 'note';
  body: string;
  hoursAgo: number;
}

interface DemoTicket {
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  /** Index into the staff user ids (owner, admin, manager, member), or null = unassigned. */
  assignee: number | null;
  messages: DemoMessage[];
}

/** The demo portal contact's client gets the first two; the others go to the next clients. */
const TICKETS: DemoTicket[] = [
  {
    subject: 'Online menu shows last season’s prices',
    status: 'OPEN',
    priority: 'HIGH',
    assignee: 2,
    messages: [
      {
        from: 'contact',
        body: 'Hi! The menu page on the website still shows the summer prices. Could you update it before Friday?',
        hoursAgo: 30,
      },
      {
        from: 'note',
        body: 'The CMS import failed last week — check the price sheet they sent on the 3rd.',
        hoursAgo: 28,
      },
      {
        from: 'staff',
        body: 'Thanks Ana, we are on it. Could you confirm the new price list is the one you emailed on the 3rd?',
        hoursAgo: 27,
      },
      { from: 'contact', body: 'Yes, that one. Thank you!', hoursAgo: 3 },
    ],
  },
  {
    subject: 'Access for our new marketing manager',
    status: 'RESOLVED',
    priority: 'NORMAL',
    assignee: 1,
    messages: [
      {
        from: 'contact',
        body: 'Please give Rita access to the portal so she can approve the social posts.',
        hoursAgo: 24 * 9,
      },
      { from: 'staff', body: 'Done — Rita has an invitation in her inbox.', hoursAgo: 24 * 8 },
    ],
  },
  {
    subject: 'Invoice address change',
    status: 'OPEN',
    priority: 'NORMAL',
    assignee: null,
    messages: [
      { from: 'contact', body: 'We moved offices. Please use our new address on the next invoices.', hoursAgo: 5 },
    ],
  },
  {
    subject: 'Newsletter template broken in Outlook',
    status: 'PENDING',
    priority: 'URGENT',
    assignee: 2,
    messages: [
      { from: 'contact', body: 'The header image is cut in Outlook on Windows.', hoursAgo: 50 },
      {
        from: 'staff',
        body: 'Fixed in the template; could you send yourself a test and tell us if it looks right?',
        hoursAgo: 20,
      },
    ],
  },
  {
    subject: 'Question about the project timeline',
    status: 'CLOSED',
    priority: 'LOW',
    assignee: 0,
    messages: [
      { from: 'contact', body: 'When does phase two start?', hoursAgo: 24 * 20 },
      { from: 'staff', body: 'Phase two starts on the first Monday of next month.', hoursAgo: 24 * 19 },
    ],
  },
];

/**
 * Demo tickets for the inbox and the portal: two for the demo portal contact's client (one open with a reply and an
 * internal note, one resolved), three on other clients; the manager has unread notifications about theirs.
 */
export async function seedTickets(
  m: EntityManager,
  workspaceId: string,
  userIds: string[],
  portalEmail: string,
): Promise<void> {
  const portalContact = await m.getRepository(Contact).findOneByOrFail({ workspaceId, email: portalEmail });
  const others = await m
    .getRepository(Client)
    .createQueryBuilder('c')
    .where('c."workspaceId" = :workspaceId AND c.id <> :id AND c.status = :status', {
      workspaceId,
      id: portalContact.clientId,
      status: 'ACTIVE',
    })
    .orderBy('c."createdAt"', 'ASC')
    .limit(3)
    .getMany();
  const clientIds = [portalContact.clientId, portalContact.clientId, ...others.map((c) => c.id)];
  for (const [i, demo] of TICKETS.entries()) {
    const clientId = clientIds[i];
    if (!clientId) break;
    const contact = i < 2 ? portalContact : await m.getRepository(Contact).findOneBy({ workspaceId, clientId });
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
    const last = demo.messages[demo.messages.length - 1];
    const lastPublic = [...demo.messages].reverse().find((msg) => msg.from !== 'note') ?? last;
    const assigneeUserId = demo.assignee === null ? null : userIds[demo.assignee];
    const ticket = await m.getRepository(Ticket).save(
      m.getRepository(Ticket).create({
        workspaceId,
        clientId,
        subject: demo.subject,
        status: demo.status,
        priority: demo.priority,
        assigneeUserId,
        openedByContactId: contact?.id ?? null,
        openedByUserId: contact ? null : userIds[0],
        contactId: contact?.id ?? null,
        lastMessageAt: at(last.hoursAgo),
        lastPublicMessageAt: at(lastPublic.hoursAgo),
        createdAt: at(demo.messages[0].hoursAgo),
      }),
    );
    for (const msg of demo.messages) {
      await m.getRepository(TicketMessage).insert({
        workspaceId,
        clientId,
        ticketId: ticket.id,
        body: msg.body,
        internal: msg.from === 'note',
        authorContactId: msg.from === 'contact' ? (contact?.id ?? null) : null,
        authorUserId: msg.from === 'contact' ? null : (assigneeUserId ?? userIds[0]),
        createdAt: at(msg.hoursAgo),
      });
    }
    await m.getRepository(TimelineEvent).insert({
      workspaceId,
      clientId,
      type: 'TICKET',
      summary: `Ticket opened: ${demo.subject}`,
      authorContactId: contact?.id ?? null,
      portalVisible: true,
      occurredAt: at(demo.messages[0].hoursAgo),
      metadata: { ticketId: ticket.id },
    });
    if (assigneeUserId && assigneeUserId !== userIds[0] && demo.status !== 'CLOSED') {
      await m.getRepository(Notification).insert({
        workspaceId,
        userId: assigneeUserId,
        kind: 'TICKET_ASSIGNED',
        title: `Ticket assigned to you: ${demo.subject}`,
        ticketId: ticket.id,
        clientId,
        createdAt: at(demo.messages[0].hoursAgo - 1),
      });
    }
  }
}
