export { addCircleMember, createAgreement, createCircle, createCircleReport } from './commands.js';
export { deleteAgreement, removeCircleMember, setCircleReportPublished, updateAgreement, updateCircle } from './changes.js';
