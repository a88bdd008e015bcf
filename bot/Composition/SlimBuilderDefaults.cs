using Microsoft.Extensions.Logging.Console;

namespace CrossBorderBot.Composition;

/// <summary>
/// What <c>WebApplication.CreateBuilder</c> sets up beyond <c>CreateSlimBuilder</c> and the bot keeps: Kestrel's HTTPS
/// endpoint configuration (certificates from the <c>Kestrel</c> section or an <c>https://</c> URL), routing with every
/// constraint, the console log's settings from <c>Logging:Console</c> (including its <c>FormatterName</c>, which the slim
/// builder fixes to "simple"), and the Debug and EventSource log providers (EventSource is what <c>dotnet-trace</c> and
/// <c>dotnet-monitor</c> read logs from). Left out: HTTP/3 (never enabled here, and its support check loads
/// System.Net.Quic at every start), IIS integration (Windows only; the bot runs on Linux App Service), hosting startup
/// assemblies and static web assets from referenced projects in Development (the bot has neither).
/// </summary>
internal static class SlimBuilderDefaults
{
    public static void AddFullBuilderDefaults(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.Services.AddRouting();
        builder.Services.Configure<ConsoleLoggerOptions>(builder.Configuration.GetSection("Logging:Console"));
        builder.Logging.AddDebug();
        builder.Logging.AddEventSourceLogger();
    }
}
