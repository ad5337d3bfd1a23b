# Written by hand: rows that exist before this migration were encoded with layout v1, so
# they get 1; rows made afterwards get the default layout's version (a callable default).

import tipnet.web.cases.models
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='personencoding',
            name='layout_version',
            field=models.PositiveSmallIntegerField(default=1),
        ),
        migrations.AlterField(
            model_name='personencoding',
            name='layout_version',
            field=models.PositiveSmallIntegerField(default=tipnet.web.cases.models.default_layout_version),
        ),
    ]
