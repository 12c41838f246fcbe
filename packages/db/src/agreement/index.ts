export { addCircleMember, createAgreement, createCircle, createCircleReport } from './commands.js';
