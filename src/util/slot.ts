/** Whether the slot that fired `slotchange` now has content assigned to it. */
export const hasAssigned = (event: Event): boolean => (event.target as HTMLSlotElement).assignedNodes().length > 0;
