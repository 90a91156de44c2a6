/**
 * A service request or incident as SLA deadlines see it: when it was opened, first responded to and resolved.
 *
 * @category Sla
 */
export interface Ticket {
  /** The ticket's id, used in reports. */
  readonly id: string;
  /** The service it belongs to, for compliance per service. */
  readonly serviceId?: string | undefined;
  /** When it was opened (epoch ms). */
  readonly openedAt: number;
  /** When it was first responded to (epoch ms), if it was. */
  readonly respondedAt?: number | undefined;
  /** When it was resolved (epoch ms), if it was. */
  readonly resolvedAt?: number | undefined;
}
