using CrossBorderBot.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrossBorderBot.Tests.Composition;

/// <summary>
/// A filter added with <see cref="EndpointFilters.AddSingletonFilter{TBuilder, TFilter}"/> is built once per endpoint,
/// with its constructor's services, and runs around every request of that endpoint.
/// </summary>
public sealed class EndpointFiltersTests
{
    [Fact]
    public async Task The_filter_is_built_once_per_endpoint_and_runs_on_every_request()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<FilterLog>();
        await using var app = builder.Build();
        app.MapGroup("/g").AddSingletonFilter<RouteGroupBuilder, CountingFilter>().MapGet("/one", () => "one");
        await app.StartAsync();
        var log = app.Services.GetRequiredService<FilterLog>();
        using var client = app.GetTestClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("one", await client.GetStringAsync(new Uri("/g/one", UriKind.Relative)));
        }

        Assert.Equal(1, log.Built);
        Assert.Equal(3, log.Ran);
    }

    private sealed class FilterLog
    {
        public int Built;
        public int Ran;
    }

    private sealed class CountingFilter : IEndpointFilter
    {
        private readonly FilterLog _log;

        public CountingFilter(FilterLog log)
        {
            _log = log;
            Interlocked.Increment(ref log.Built);
        }

        public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            Interlocked.Increment(ref _log.Ran);
            return next(context);
        }
    }
}
