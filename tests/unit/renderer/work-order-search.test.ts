import { describe, expect, it } from 'vitest';
import { WorkOrderIndex } from '../../../src-renderer/features/search/work-order-index';
import { newNote, newWorkOrder } from '../../support/documents';

const author = { authorId: 'user-tech01' };
const requester = (name: string) => ({ name, department: 'Clerk', phone: '', email: '' });

function county() {
  const index = new WorkOrderIndex();
  const printer = newWorkOrder({ createdBy: 'u', number: 1042, title: 'Printer jams on every page', description: 'Toner smudges too', requester: requester('Rosa Delgado') });
  const network = newWorkOrder({ createdBy: 'u', number: 2077, title: 'No network in room 12', description: 'Since Monday', requester: requester('Tom Baker') });
  index.putWorkOrder(printer);
  index.putWorkOrder(network, 'CTY-004512');
  index.putNote(newNote(network.id, { ...author, text: 'Replaced the patch cable behind the switch' }));
  return { index, printer, network };
}

describe('offline search across work orders', () => {
  it('finds a work order by a word of its title, its requester, its number or its asset tag', () => {
    const { index, printer, network } = county();
    expect(index.search('printer').map((h) => h.workOrderId)).toEqual([printer.id]);
    expect(index.search('delgado').map((h) => h.workOrderId)).toEqual([printer.id]);
    expect(index.search('2077').map((h) => h.workOrderId)).toEqual([network.id]);
    expect(index.search('CTY-004512').map((h) => h.workOrderId)).toEqual([network.id]);
  });

  it('finds a work order by the words of its notes, and says so', () => {
    const { index, network } = county();
    expect(index.search('patch cable')).toEqual([{ workOrderId: network.id, inNote: true }]);
  });

  it('shows results while the last word is still being typed, but needs every word', () => {
    const { index, printer } = county();
    expect(index.search('printer ja').map((h) => h.workOrderId)).toEqual([printer.id]);
    expect(index.search('printer cable')).toEqual([]);
  });

  it('follows edits and removals, and leaves out entries the app wrote itself', () => {
    const { index, printer, network } = county();
    index.putWorkOrder({ ...printer, title: 'Scanner jams' });
    expect(index.search('scanner').map((h) => h.workOrderId)).toEqual([printer.id]);
    expect(index.search('printer')).toEqual([]);
    index.remove(network.id);
    expect(index.search('network')).toEqual([]);
    const step = newNote(printer.id, { ...author, kind: 'status-change', text: 'Status: in progress', statusChange: { from: 'assigned', to: 'in-progress', at: printer.updatedAt } });
    index.putNote(step);
    expect(index.search('progress')).toEqual([]);
  });

  it('lists each work order once, however many of its notes match', () => {
    const { index, network } = county();
    index.putNote(newNote(network.id, { ...author, text: 'The cable tester shows a fault' }));
    expect(index.search('cable')).toHaveLength(1);
    expect(index.search('cable')[0]).toEqual({ workOrderId: network.id, inNote: true });
  });
});
