// Each module registers one domain area on the builder; importing them is what builds the schema.
import { builder } from '../builder.js';
import './language.js';
import './sdg.js';
import './region.js';
import './municipality.js';
import './indicator.js';

export const schema = builder.toSchema({ sortSchema: false });
