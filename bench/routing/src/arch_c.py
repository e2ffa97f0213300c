from lib import *

L = "architecture"

ex("arch_tool_pluggable_storage", L, [
    first("show me the storage interface in pkg/blob"),
    A(None, T("bl", "Read", {"file_path": "/home/dev/work/artifactd/pkg/blob/store.go"})),
    TR(R("bl", catn('''package blob

type Store struct {
	root   string
	s3     *s3.Client
	bucket string
	useS3  bool
}

func (s *Store) Put(ctx context.Context, key string, r io.Reader) error {
	if s.useS3 {
		_, err := s.s3.PutObject(ctx, &s3.PutObjectInput{Bucket: &s.bucket, Key: &key, Body: r})
		return err
	}
	f, err := os.Create(filepath.Join(s.root, key))
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, r)
	return err
}

func (s *Store) Get(ctx context.Context, key string) (io.ReadCloser, error) { /* same if/else */ }
func (s *Store) Delete(ctx context.Context, key string) error               { /* same if/else */ }
func (s *Store) PresignGet(key string, ttl time.Duration) (string, error)   { /* s3 only, panics on fs */ }
'''))),
    A("`blob.Store` is a concrete struct with a `useS3` flag. Every method branches between the local filesystem and S3, and `PresignGet` only works on S3; it panics on the filesystem backend."),
    ut("we need to add GCS and Azure next quarter. how should this package be restructured so backends are pluggable? what should the interface look like given presign isn't supported everywhere, and where should backend selection/config live"),
], tags=["tool_loop", "follow_up", "code:go"])

ex("arch_god_class_split", L, [first('''this class has grown to 2k lines. here's the outline, how would you split responsibilities into modules/services? not asking for code review of the details, I want the target structure

class OrderManager:
    # cart
    def add_item(self, cart_id, sku, qty): ...
    def remove_item(self, cart_id, sku): ...
    def apply_coupon(self, cart_id, code): ...
    # pricing
    def compute_totals(self, cart_id): ...
    def compute_tax(self, cart, address): ...
    def convert_currency(self, amount, to): ...
    # checkout
    def place_order(self, cart_id, payment_method): ...
    def charge(self, order, payment_method): ...
    def reserve_inventory(self, order): ...
    # post-order
    def send_confirmation_email(self, order): ...
    def export_to_erp(self, order): ...
    def handle_refund(self, order_id, amount): ...
    def generate_invoice_pdf(self, order): ...''')], tags=["pasted_code", "code:python", "near_boundary"])

ex("arch_sysmsg_tenancy_cache", L, [first("our redis cache is shared by all tenants and a big tenant's batch jobs evict everyone else's keys. options: per-tenant key prefixes with quotas, separate redis per tier, client-side LRU in front? how would you design it so one tenant can't degrade the others")],
   sysmsg=True, tags=[])
