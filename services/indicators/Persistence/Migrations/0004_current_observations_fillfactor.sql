-- A correction rewrites its key's row in current_observations. With free space left in each page the new row version
-- goes into the same page and no index changes (a heap-only tuple update), so corrections stay cheap as the table grows.
ALTER TABLE current_observations SET (fillfactor = 70);
