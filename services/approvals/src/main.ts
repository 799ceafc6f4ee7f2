import { runSubgraphProcess } from '@talents/common';
import { approvalsSubgraph } from './index';

runSubgraphProcess(approvalsSubgraph, 4003);
