"""Latent space: encoding, projections, the cache, clustering, code pictures."""
