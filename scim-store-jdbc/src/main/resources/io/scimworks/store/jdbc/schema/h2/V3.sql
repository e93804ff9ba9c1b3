-- SCIMworks JDBC store, schema version 3 (H2): the displayName of a group as it is, for the
-- memberships a user's row reads; rows of groups with members are filled in by the migrator.
ALTER TABLE scim_resource ADD COLUMN group_display VARCHAR;
