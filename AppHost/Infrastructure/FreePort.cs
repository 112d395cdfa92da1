using System.Net;
using System.Net.Sockets;

namespace Assessment.AppHost.Infrastructure;

/// <summary>Asks the kernel for a port nobody listens on, so that several systems (a dev run, a test run) can coexist.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
