using System.Reflection;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Composition;

/// <summary>
/// The minimal-API endpoints' request delegates are generated at compile time (the project's
/// <c>EnableRequestDelegateGenerator</c>), so the first request does not build them from expression trees: a start
/// JIT-compiles fewer methods and never loads the expression compiler for them.
/// </summary>
public sealed class GeneratedRequestDelegatesTests
{
    [Fact]
    public void Every_handler_endpoint_runs_a_request_delegate_compiled_into_the_bot()
    {
        using var factory = new BotWebApplicationFactory();
        _ = factory.Server;

        var handlers = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<MethodInfo>() is not null)
            .ToList();

        Assert.Contains(handlers, endpoint => endpoint.RoutePattern.RawText == "/api/messages");
        Assert.All(handlers, endpoint => Assert.True(
            endpoint.RequestDelegate!.Method.Module.Assembly == typeof(Program).Assembly,
            $"{endpoint.DisplayName}: request delegate from {endpoint.RequestDelegate.Method.DeclaringType}"));
    }
}
