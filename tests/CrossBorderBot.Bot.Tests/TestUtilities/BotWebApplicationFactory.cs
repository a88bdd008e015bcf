using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The real web host in memory. Authentication is off (empty app id, as for local use) and state is in memory unless
/// a test passes other settings, so every factory starts from a clean slate.
/// </summary>
public sealed class BotWebApplicationFactory(IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(configuration =>
        {
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = string.Empty,
                ["MicrosoftAppPassword"] = string.Empty,
                ["Storage:Provider"] = "Memory",
            });
            if (settings is not null)
            {
                configuration.AddInMemoryCollection(settings);
            }
        });
    }
}
