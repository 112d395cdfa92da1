namespace Assessment.Indicators.Catalogue;

/// <summary>Puts the seed catalogue in place on start; a no-op once it is there.</summary>
public sealed class CatalogueSeeder(CatalogueStore store, ILogger<CatalogueSeeder> logger)
{
    public const string Actor = "system:seed";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var bodies = await store.InsertMissingBodiesAsync(CatalogueSeed.Bodies(), Actor, cancellationToken);
        var indicators = await store.InsertMissingIndicatorsAsync(CatalogueSeed.Indicators(), Actor, cancellationToken);
        if (bodies + indicators > 0)
        {
            logger.LogInformation("Seeded the catalogue: {Bodies} bodies, {Indicators} indicators", bodies, indicators);
        }
    }
}
