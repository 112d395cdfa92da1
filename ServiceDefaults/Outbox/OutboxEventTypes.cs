namespace Assessment.ServiceDefaults.Outbox;

/// <summary>The integration events a service writes to its outbox, by the type name stored with each row.</summary>
public sealed class OutboxEventTypes(IEnumerable<Type> types)
{
    private readonly Dictionary<string, Type> _types = types.ToDictionary(t => t.FullName!, t => t);

    public bool TryGet(string typeName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) => _types.TryGetValue(typeName, out type);
}
