export { createPublication, setPublicationStatus, updatePublication } from './commands.js';
