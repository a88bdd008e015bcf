using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Requests to the in-memory host as if they came from a given client address (TestServer has none of its own).</summary>
public static class ClientAddressRequests
{
    public static Task<HttpContext> SendFromAsync(this TestServer server, string clientAddress, string method, string path, string? bearer = null, string? json = null)
        => server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(clientAddress);
            context.Request.Method = method;
            context.Request.Path = path;
            if (bearer is not null)
            {
                context.Request.Headers.Authorization = "Bearer " + bearer;
            }

            if (json is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(json);
                context.Request.ContentType = "application/json";
                context.Request.ContentLength = bytes.Length;
                context.Request.Body = new MemoryStream(bytes);
            }
        });

    public static async Task<string> BodyAsync(this HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
