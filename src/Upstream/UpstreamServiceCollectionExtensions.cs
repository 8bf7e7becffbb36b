using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Upstream;

/// <summary>The registration every upstream client starts with: its options, validated at start-up, and a clock.</summary>
public static class UpstreamServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="sectionName"/>, validates them with
    /// <typeparamref name="TValidator"/> at start-up, and registers <see cref="TimeProvider.System"/> (kept if a
    /// <see cref="TimeProvider"/> is registered already).
    /// </summary>
    public static IServiceCollection AddUpstreamOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TOptions>().Bind(configuration.GetSection(sectionName));
        return AddValidation<TOptions, TValidator>(services);
    }

    /// <summary>Registers <typeparamref name="TOptions"/> set by <paramref name="configure"/> (see the other overload).</summary>
    public static IServiceCollection AddUpstreamOptions<TOptions, TValidator>(this IServiceCollection services, Action<TOptions> configure)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TOptions>().Configure(configure);
        return AddValidation<TOptions, TValidator>(services);
    }

    private static IServiceCollection AddValidation<TOptions, TValidator>(IServiceCollection services)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
