using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Composition;

public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// One settings section bound to its options class and checked by its validator when the host starts, so a bad
    /// value stops start-up with the validator's message instead of failing on the first turn that reads it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateOnStart();
    }

    /// <summary>
    /// Runs every settings check now, on the built host, before it is started. <c>RunAsync</c> would run the same
    /// checks, but it disposes the host when they fail; anything still holding the host (WebApplicationFactory in
    /// the tests waits on it from another thread) then sees "object disposed" instead of the setting's message.
    /// Failing here leaves the host undisposed, so every caller gets the message naming the bad setting.
    /// </summary>
    public static void ValidateSettings(this WebApplication app) =>
        app.Services.GetService<IStartupValidator>()?.Validate();
}
