using Assessment.Indicators.Catalogue;
using Assessment.ServiceDefaults.Persistence;

namespace Assessment.Indicators.Tests;

public class MigrationTests
{
    [Fact]
    public void Migrations_are_numbered_from_one_without_gaps()
    {
        var migrations = EmbeddedMigrations.From(typeof(CatalogueSeed).Assembly);
        Assert.NotEmpty(migrations);
        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
    }
}
