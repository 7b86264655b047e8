export * from './job-admission.entity';
export * from './parked-generation-request.entity';
export * from './1764720000000-create-job-admission';
export * from './job-admission.gate';
export * from './job-admission.consumer';
