import { runSubgraphProcess } from '@talents/common';
import { profilesSubgraph } from './index';

runSubgraphProcess(profilesSubgraph, 4001);
