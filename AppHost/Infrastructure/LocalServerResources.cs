using Aspire.Hosting.ApplicationModel;

namespace Assessment.AppHost.Infrastructure;

/// <summary>A server run as a local process that hands services a connection string, like its container counterpart.</summary>
public sealed class LocalServerResource(string name, string command, string workingDirectory, string connectionString)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{connectionString}");
}

/// <summary>A database inside a local PostgreSQL; the service's migration runner creates it when missing.</summary>
public sealed class LocalDatabaseResource(string name, string connectionString, LocalServerResource server)
    : Resource(name), IResourceWithParent<LocalServerResource>, IResourceWithConnectionString
{
    public LocalServerResource Parent => server;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{connectionString}");
}
