"""Channel digests: scheduling (the clock), delivery (claimed, posted once) and the landscape map."""
