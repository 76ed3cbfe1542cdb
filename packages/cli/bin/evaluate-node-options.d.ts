export declare const EVALUATE_NODE_OPTIONS: readonly string[];
export declare function hasEvaluateNodeOptions(execArgv?: readonly string[]): boolean;
