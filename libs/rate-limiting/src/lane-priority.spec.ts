import { bulkLaneShouldYield, LaneQueue } from './lane-priority';

describe('priority lane', () => {
  it('makes bulk yield while the group has priority lag or priority calls wait here', () => {
    expect(bulkLaneShouldYield(0, 0)).toBe(false);
    expect(bulkLaneShouldYield(3, 0)).toBe(true);
    expect(bulkLaneShouldYield(0, 1)).toBe(true);
  });

  it('hands priority calls to the limiter before bulk ones, each lane in arrival order', () => {
    const queue = new LaneQueue<string>();
    queue.push('bulk', 'b1');
    queue.push('bulk', 'b2');
    queue.push('priority', 'p1');
    queue.push('priority', 'p2');
    expect(queue.waiting('priority')).toBe(2);
    expect(queue.peek()).toBe('p1');
    expect(queue.head(3)).toEqual(['p1', 'p2', 'b1']);
    expect(queue.head(10)).toEqual(['p1', 'p2', 'b1', 'b2']);
    expect(queue.size).toBe(4);
    expect([queue.shift(), queue.shift(), queue.shift()]).toEqual(['p1', 'p2', 'b1']);
    expect(queue.remove('b2')).toBe(true);
    expect(queue.remove('b2')).toBe(false);
    expect(queue.size).toBe(0);
  });

  it('puts the next call of started work ahead of its lane, still behind the priority lane', () => {
    const queue = new LaneQueue<string>();
    queue.push('bulk', 'new-1');
    queue.push('priority', 'new-sku');
    queue.pushAhead('bulk', 'content-of-started');
    expect(queue.head(3)).toEqual(['new-sku', 'content-of-started', 'new-1']);
  });
});
