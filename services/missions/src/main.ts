import { runSubgraphProcess } from '@talents/common';
import { missionsSubgraph } from './index';

runSubgraphProcess(missionsSubgraph, 4002);
