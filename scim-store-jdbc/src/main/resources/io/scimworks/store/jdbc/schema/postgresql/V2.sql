-- SCIMworks JDBC store, schema version 2 (PostgreSQL): sort keys of the index columns, full
-- length, in an order that is the server's under COLLATE "C" (see Keys.sortable); existing rows
-- are filled in by the migrator.
ALTER TABLE scim_resource ADD COLUMN external_id_sort TEXT COLLATE "C";
ALTER TABLE scim_resource ADD COLUMN user_name_sort TEXT COLLATE "C";
ALTER TABLE scim_resource ADD COLUMN display_name_sort TEXT COLLATE "C";
