/** What the main thread and the simulation workers say to each other. */
export interface Task {
  id: number;
  replication: number;
  from: number;
  to: number;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; people: number }
  | { type: 'done'; task: Task; monthly: Float64Array; totals: Float64Array; groups: Float64Array };
