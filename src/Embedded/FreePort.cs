using System.Net;
using System.Net.Sockets;

namespace GovernanceRewards.Embedded;

internal static class FreePort
{
    /// <summary>A loopback port the OS just handed out; the caller retries if another process takes it first.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
