"""The database's own full-text structures over SearchDocument and SearchTerm (FTS5 or tsvector + pg_trgm)."""

from django.db import migrations


def install(apps, schema_editor):
    from passerelle.search.backends import current_backend

    backend = current_backend(schema_editor.connection.vendor)
    with schema_editor.connection.cursor() as cursor:
        for statement in backend.install_statements():
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
