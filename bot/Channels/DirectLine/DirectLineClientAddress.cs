using System.Net;
using System.Net.Sockets;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// The client a request counts against: its IPv4 address, or its IPv6 /64 network (one visitor usually holds a whole
/// /64, so counting single IPv6 addresses would be no limit). Behind a reverse proxy, enable the forwarded-headers
/// handling (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>) so this is the visitor, not the proxy.
/// </summary>
public static class DirectLineClientAddress
{
    public static string Of(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }
}
