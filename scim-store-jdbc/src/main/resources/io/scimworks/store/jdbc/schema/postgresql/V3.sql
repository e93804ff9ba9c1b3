-- SCIMworks JDBC store, schema version 3 (PostgreSQL).
-- The displayName of a group as it is, for the memberships a user's row reads (so that PostgreSQL
-- does not read a group's whole jsonb, members included, to take its displayName); rows of groups
-- with members are filled in by the migrator.
ALTER TABLE scim_resource ADD COLUMN group_display TEXT COLLATE "C";
-- Equality on an index column in id order: the order a search without sortBy returns, so that a
-- page of matches is read from the index in order, whatever the table's statistics say.
DROP INDEX IF EXISTS scim_resource_external_id;
CREATE INDEX scim_resource_external_id ON scim_resource (tenant, rtype, external_id, id);
DROP INDEX IF EXISTS scim_resource_user_name;
CREATE INDEX scim_resource_user_name ON scim_resource (tenant, rtype, user_name, id);
DROP INDEX IF EXISTS scim_resource_display_name;
CREATE INDEX scim_resource_display_name ON scim_resource (tenant, rtype, display_name, id);
-- Sorted pages: a sort key can be any length, longer than a btree entry may be, so the index holds
-- its first 100 characters; ORDER BY that prefix, then the whole key, then id is exactly the order
-- of the whole key (see Order), and a page is read from the index instead of sorting the tenant.
CREATE INDEX scim_resource_external_id_sort
  ON scim_resource (tenant, rtype, substr(external_id_sort, 1, 100));
CREATE INDEX scim_resource_user_name_sort
  ON scim_resource (tenant, rtype, substr(user_name_sort, 1, 100));
CREATE INDEX scim_resource_display_name_sort
  ON scim_resource (tenant, rtype, substr(display_name_sort, 1, 100));
