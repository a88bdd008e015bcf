using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Charts;

/// <summary>Refuses to start with chart settings that would make links that never work or images no channel shows.</summary>
public sealed class ChartOptionsValidator : IValidateOptions<ChartOptions>
{
    public ValidateOptionsResult Validate(string? name, ChartOptions options) => new OptionsFailures()
        .Require(options.LinkLifetime > TimeSpan.Zero, "Charts:LinkLifetime must be positive.")
        .Require(options.Width is >= 200 and <= 2000 && options.Height is >= 150 and <= 2000, "Charts:Width and Height must be 200–2000 and 150–2000 pixels.")
        .Require(string.IsNullOrWhiteSpace(options.PublicBaseUrl) || Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _), "Charts:PublicBaseUrl must be an absolute URL.")
        .Result();
}
