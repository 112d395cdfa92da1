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
            var yaml = await reader.ReadToEndAsync(cancellationToken);
            if (MethodologyValidation.Errors(yaml) is { Count: > 0 } errors)
            {
                // A shipped file the engine cannot score is a build mistake: refuse to start rather than register it.
                throw new InvalidOperationException($"{name} is not a valid methodology:\n{string.Join("\n", errors)}");
            }

            var document = MethodologyDocument.Read(yaml, name);
            if (await store.RegisterAsync(document, Actor, cancellationToken))
            {
                logger.LogInformation("Registered methodology {Id} version {Version}", document.Id, document.Version);
            }
        }
    }
}
