namespace Assessment.Scoring.Methodologies;

/// <summary>Registers the methodology files shipped in the repository (methodologies/*.yaml) on start.</summary>
public sealed class ShippedMethodologies(MethodologyStore store, ILogger<ShippedMethodologies> logger)
{
    public const string Actor = "system:seed";

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var assembly = typeof(ShippedMethodologies).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("methodologies/", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var document = MethodologyDocument.Read(await reader.ReadToEndAsync(cancellationToken), name);
            if (await store.RegisterAsync(document, Actor, cancellationToken))
            {
                logger.LogInformation("Registered methodology {Id} version {Version}", document.Id, document.Version);
            }
        }
    }
}
