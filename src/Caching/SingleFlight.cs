namespace Gateway.Caching;

/// <summary>
/// Runs one piece of work per key at a time: callers that ask for a key whose work is under way share its result (or
/// its exception) instead of starting their own. A caller that gives up (its token) stops waiting without disturbing
/// the others; the work itself is cancelled only when every caller has given up, and a caller arriving after that starts
/// its own. Thread-safe; keys are ordinal.
/// </summary>
public sealed class SingleFlight
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Flight> _flights = new(StringComparer.Ordinal);

    /// <summary>Keys whose work is under way.</summary>
    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _flights.Count;
            }
        }
    }

    /// <summary>Callers waiting for work under way, over every key (the one that started it included).</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                var waiting = 0;
                foreach (var flight in _flights.Values)
                {
                    waiting += flight.Waiters;
                }

                return waiting;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> for <paramref name="key"/>, or joins the run already under way. The token given to
    /// <paramref name="work"/> is cancelled when every caller waiting for it has been cancelled.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run under way for the key produces another result type.</exception>
    public async Task<T> RunAsync<T>(string key, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        Flight<T> flight;
        var leader = false;
        lock (_gate)
        {
            if (_flights.TryGetValue(key, out var existing))
            {
                flight = existing as Flight<T>
                    ?? throw new InvalidOperationException($"The work under way for this key returns {existing.ResultType.Name}, not {typeof(T).Name}.");
            }
            else
            {
                flight = new Flight<T>();
                _flights.Add(key, flight);
                leader = true;
            }

            flight.Waiters++;
        }

        if (leader)
        {
            _ = ExecuteAsync(key, flight, work);
        }

        try
        {
            return await flight.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            bool last;
            lock (_gate)
            {
                last = --flight.Waiters == 0 && !flight.Completion.Task.IsCompleted;
                if (last)
                {
                    // Off the map now, not when the cancelled work ends: a caller arriving meanwhile starts fresh work
                    // rather than join this one and get a cancellation it never asked for.
                    Forget(key, flight);
                }
            }

            if (last)
            {
                try
                {
                    await flight.Cancellation.CancelAsync().ConfigureAwait(false);
                }
                catch (ObjectDisposedException)
                {
                    // The work ended at this very moment: nothing left to cancel.
                }
            }

            throw;
        }
    }

    private async Task ExecuteAsync<T>(string key, Flight<T> flight, Func<CancellationToken, Task<T>> work)
    {
        T result = default!;
        Exception? failure = null;
        try
        {
            result = await work(flight.Cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        // Off the map first, so callers arriving from now on start fresh work rather than reuse this result.
        lock (_gate)
        {
            Forget(key, flight);
        }

        if (failure is OperationCanceledException && flight.Cancellation.IsCancellationRequested)
        {
            flight.Completion.TrySetCanceled(flight.Cancellation.Token);
        }
        else if (failure is not null)
        {
            flight.Completion.TrySetException(failure);
        }
        else
        {
            flight.Completion.TrySetResult(result);
        }

        flight.Cancellation.Dispose();
    }

    // Removes the key's entry if it is still this flight (a newer one may have taken its place). Called under the gate.
    private void Forget(string key, Flight flight)
    {
        if (_flights.TryGetValue(key, out var current) && ReferenceEquals(current, flight))
        {
            _flights.Remove(key);
        }
    }

    private abstract class Flight
    {
        public int Waiters { get; set; }

        public CancellationTokenSource Cancellation { get; } = new();

        public abstract Type ResultType { get; }
    }

    private sealed class Flight<T> : Flight
    {
        public Flight()
        {
            // Nobody may be left to observe a failure (every caller gave up): observe it here.
            _ = Completion.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Type ResultType => typeof(T);
    }
}
