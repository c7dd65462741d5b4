package cn.kjj.platform.registry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/** The repository every registry has: by id, and a page of what a {@link ListQuery} asks for. */
@NoRepositoryBean
public interface RegistryRepository<E> extends JpaRepository<E, Long>, JpaSpecificationExecutor<E> {
}
