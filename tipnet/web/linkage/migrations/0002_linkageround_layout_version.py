# Written by hand: rounds that exist before this migration were encoded with layout v1, so
# they get 1; rounds opened afterwards get the default layout's version (a callable default).

import tipnet.web.linkage.models
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('linkage', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='linkageround',
            name='layout_version',
            field=models.PositiveSmallIntegerField(default=1),
        ),
        migrations.AlterField(
            model_name='linkageround',
            name='layout_version',
            field=models.PositiveSmallIntegerField(default=tipnet.web.linkage.models.default_layout_version),
        ),
    ]
